-- The roster import writes every member into each index of the member table (issue 21). The index on the name served
-- no query: the roster's lists filter by membership first and sort the few rows they keep, and the search looks for
-- a name's part (LIKE '%…%'), which an index cannot seek. On the large sample (10,000 members) the lists took as long
-- without it, the search 0.6 → 0.9 ms; 100,000 members were written ~15 % sooner (decision 0038).
DROP INDEX member_name;
