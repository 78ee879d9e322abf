-- The demo's English and Swedish articles that say the same thing become the two language versions of
-- one article (decision 0052): each Swedish one joins its English one's group. The category counts are
-- counted again by the Java migration that follows (demo version 20.1).
UPDATE knowledge_article SET group_id = 1 WHERE id = 3;
UPDATE knowledge_article SET group_id = 5 WHERE id = 4;
UPDATE knowledge_article SET group_id = 7 WHERE id = 8;
UPDATE knowledge_article SET group_id = 10 WHERE id = 11;
UPDATE knowledge_article SET group_id = 12 WHERE id = 13;
UPDATE knowledge_article SET group_id = 14 WHERE id = 15;
UPDATE knowledge_article SET group_id = 16 WHERE id = 17;
