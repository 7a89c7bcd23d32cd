-- Reception seats on a split deployment (ADR 11, 16): the internal node is the truth of every seat. A booking made
-- on a public node is a request until the inside seats it or finds the day full, under the day's row lock, and the
-- answer crosses back; a day listed outside carries the seats taken inside, so two public nodes never overbook it.
alter table reception_booking add column status varchar(12) not null default 'BOOKED'
    check (status in ('BOOKED', 'REQUESTED', 'FULL'));
alter table reception_day add column taken integer; -- public node: the seats the internal node last said were taken
