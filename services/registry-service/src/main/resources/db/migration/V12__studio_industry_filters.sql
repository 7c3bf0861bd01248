-- The studio filters by industry. studio_filters leads with the region, a range, so a region with
-- an industry and a status read the whole region's entries (14,374 for 420000 among 100,000
-- studios) to find a few hundred. Led by the section, an industry's filters read only that
-- section's entries within the region: 1,222 for 420000 and D. The other filters follow, checked
-- on the index entries, so counting stays an index-only scan; a division alone keeps
-- studio_industry, and filters without an industry keep studio_filters.
CREATE INDEX studio_industry_filters ON studio (industry_section, region_code, status, tier, industry_division);
