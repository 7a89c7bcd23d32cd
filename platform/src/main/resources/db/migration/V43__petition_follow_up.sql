-- 第一百六十三条: after the reply on progress or result, a monthly follow-up until the matter is concluded; the clock
-- counts from the latest progress reply.
alter table petition add column last_progress_on date;
