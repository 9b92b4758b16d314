-- The roster import writes every member into each index of the member table (issue 21). The index on the name served
-- no query: the roster's lists filter by membership first and sort the few rows they keep, and the search looks for
-- a part of a name (LIKE '%…%'), which an index cannot seek. On the large sample (10,000 members) the lists took as
-- long without it and the search 0.6 → 0.9 ms; 100,000 members' rows alone were inserted in 0.67 s instead of 0.80 s
-- (decision 0038).
DROP INDEX member_name;
