-- Faster lists over many studios (the registry's benchmark loads 100,000).

-- The exact check of a text filter as LIKE patterns, one per word of the query, computed once per
-- query (an immutable call on a constant is folded at planning) rather than once per row.
CREATE FUNCTION registry_query_patterns(query TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    -- tokens are runs of letters and digits, so they never contain LIKE's special characters
    SELECT coalesce(array_agg('%' || t || '%'), '{}') FROM unnest(registry_search_tokens(query)) AS t
$$;

-- Counting a filtered list reads only this index (an index-only scan): the region range first,
-- the other filters checked on the index entries themselves.
CREATE INDEX studio_filters ON studio (region_code, tier, status, industry_section, industry_division);
CREATE INDEX enterprise_filters ON enterprise (region_code, ownership, industry_section, industry_division);
