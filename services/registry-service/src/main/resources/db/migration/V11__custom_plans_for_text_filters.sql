-- Text filters keep plans made for the words actually searched.
--
-- Every service caches its prepared statements per connection, and after five executions of a
-- statement PostgreSQL compares a generic plan (made without the parameters' values) with the custom
-- plans it made so far, and keeps the generic one if it is priced no higher. For a text filter the
-- generic plan calls registry_query_patterns(:text) once per candidate row instead of once per query
-- (a SQL function call, some 25 microseconds: 0.4 s to count a common word over 100,000 studios)
-- and cannot tell a common word from a rare one. At the default cost of 100 operator calls that plan
-- looked cheap and was chosen.
--
-- The cost declared here is deliberately far above a call's real cost (a few thousand operator
-- calls): it prices any plan that calls these functions per row above the custom plans, in which the
-- planner folds both immutable calls into constants, so PostgreSQL keeps making custom plans for
-- every statement with a text filter.
ALTER FUNCTION registry_query_patterns(TEXT) COST 100000;
ALTER FUNCTION registry_query_grams(TEXT) COST 100000;
