-- Text search over studio names and capabilities. Chinese has no spaces and most queries are two
-- or three characters long, which pg_trgm cannot index (it needs three characters inside a word).
-- So every studio carries the set of its characters and character pairs ("grams") in a GIN-indexed
-- array; a query asks for the rows holding all of its grams and then checks the exact substrings.

-- Lower-cased, NFKC-normalised tokens (runs of letters and digits) of a text.
CREATE FUNCTION registry_search_tokens(doc TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(t), '{}')
    FROM regexp_split_to_table(lower(normalize(doc, NFKC)), '[^[:alnum:]]+') AS t
    WHERE t <> ''
$$;

-- The grams a document is indexed by: every character and every pair of adjacent characters of each token.
CREATE FUNCTION registry_document_grams(doc TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM unnest(registry_search_tokens(doc)) AS t,
         LATERAL (SELECT substr(t, i, 1) FROM generate_series(1, length(t)) AS i
                  UNION ALL
                  SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i) AS grams(g)
$$;

-- The grams a query needs: the pairs of each token, or the character itself for a one-character token.
CREATE FUNCTION registry_query_grams(query TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM unnest(registry_search_tokens(query)) AS t,
         LATERAL (SELECT t WHERE length(t) = 1
                  UNION ALL
                  SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i) AS grams(g)
$$;

-- The text a studio is searched by: its name, capability summary and keywords.
CREATE FUNCTION registry_studio_document(name TEXT, summary TEXT, keywords TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(normalize(coalesce(name, '') || ' ' || coalesce(summary, '') || ' '
                           || coalesce(array_to_string(keywords, ' '), ''), NFKC))
$$;

ALTER TABLE studio
    ADD COLUMN search_text TEXT GENERATED ALWAYS AS
        (registry_studio_document(name, capabilities_summary, capability_keywords)) STORED,
    ADD COLUMN search_grams TEXT[] GENERATED ALWAYS AS
        (registry_document_grams(registry_studio_document(name, capabilities_summary, capability_keywords))) STORED;

CREATE INDEX studio_search_grams ON studio USING gin (search_grams);

-- Enterprises are searched by name the same way.
ALTER TABLE enterprise
    ADD COLUMN search_grams TEXT[] GENERATED ALWAYS AS (registry_document_grams(name)) STORED;
CREATE INDEX enterprise_search_grams ON enterprise USING gin (search_grams);
