-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d).
-- One database per service, each owned by that service alone (docs/architecture.md, "Ownership").
-- UTF8 from template0 so that Chinese names round-trip whatever the cluster's default template holds.
-- deploy/compose-test checks that these names equal the DB_NAME of each service in docker-compose.yml.
CREATE DATABASE registry ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE application ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE review ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE matching ENCODING 'UTF8' TEMPLATE template0;
