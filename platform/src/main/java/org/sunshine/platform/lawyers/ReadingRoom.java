package org.sunshine.platform.lawyers;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunshine.platform.cases.WorkingCalendar;
import org.sunshine.platform.texts.BadInput;

/**
 * The unit's reading room (律师阅卷室): sessions per working day and lawyers per session from the
 * settings. A booking on a 节假日 (holidays and 调休 as the calendar says), in a full session, today or
 * in the past, or beyond thirty days is refused; a session is counted under a lock, so two lawyers
 * cannot take its last place at once.
 */
@Component
class ReadingRoom {

  static final int DAYS_AHEAD = 30;

  private final JdbcClient jdbc;
  private final LawyerProperties properties;
  private final WorkingCalendar calendar;
  private final Clock clock;

  ReadingRoom(JdbcClient jdbc, LawyerProperties properties, WorkingCalendar calendar, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  record Booking(LocalDate day, String slot, boolean confirmed) {}

  record Session(LocalDate day, String slot, int left) {}

  /** Books a session for a request (or moves its booking there), checking day and capacity. */
  void book(long requestId, long unitId, LocalDate day, String slot) {
    check(day, slot);
    // One lock per unit, day and session: the count and the insert are one step.
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) l")
        .param(lockKey(unitId, day, slot))
        .query(Integer.class)
        .single();
    long taken =
        jdbc.sql(
                "select count(*) from reading_room_booking where unit_id = ? and day = ? and slot = ? and request_id <> ?")
            .params(unitId, Date.valueOf(day), slot, requestId)
            .query(Long.class)
            .single();
    if (taken >= properties.readingRoomCapacity()) {
      throw BadInput.at("slot", "lawyers.reading-room.slot.full", day, slot);
    }
    jdbc.sql(
            """
            insert into reading_room_booking (request_id, unit_id, day, slot) values (?, ?, ?, ?)
            on conflict (request_id) do update set day = excluded.day, slot = excluded.slot, confirmed = false""")
        .params(requestId, unitId, Date.valueOf(day), slot)
        .update();
  }

  void confirm(long requestId) {
    jdbc.sql("update reading_room_booking set confirmed = true where request_id = ?")
        .param(requestId)
        .update();
  }

  /** Frees the place (a withdrawn or refused request). */
  void release(long requestId) {
    jdbc.sql("delete from reading_room_booking where request_id = ?").param(requestId).update();
  }

  Optional<Booking> of(long requestId) {
    return jdbc.sql("select day, slot, confirmed from reading_room_booking where request_id = ?")
        .param(requestId)
        .query(
            (rs, n) -> new Booking(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBoolean(3)))
        .optional();
  }

  /** The sessions open to booking in the next days, with the places left. */
  List<Session> open(long unitId, int days) {
    LocalDate today = LocalDate.now(clock);
    List<Session> list = new ArrayList<>();
    for (LocalDate d = today.plusDays(1); !d.isAfter(today.plusDays(days)); d = d.plusDays(1)) {
      if (!calendar.isWorkingDay(d)) {
        continue;
      }
      for (String slot : properties.readingRoomSlots()) {
        long taken =
            jdbc.sql(
                    "select count(*) from reading_room_booking where unit_id = ? and day = ? and slot = ?")
                .params(unitId, Date.valueOf(d), slot)
                .query(Long.class)
                .single();
        list.add(new Session(d, slot, (int) Math.max(0, properties.readingRoomCapacity() - taken)));
      }
    }
    return list;
  }

  private void check(LocalDate day, String slot) {
    if (day == null) {
      throw BadInput.at("day", "lawyers.reading-room.day.required");
    }
    if (slot == null || !properties.readingRoomSlots().contains(slot)) {
      throw BadInput.at(
          "slot", "lawyers.reading-room.slot.required", properties.readingRoomSlots());
    }
    LocalDate today = LocalDate.now(clock);
    if (!day.isAfter(today) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw BadInput.at("day", "lawyers.reading-room.day.range", DAYS_AHEAD);
    }
    if (!calendar.isWorkingDay(day)) {
      throw BadInput.at("day", "lawyers.reading-room.day.holiday", day);
    }
  }

  private static long lockKey(long unitId, LocalDate day, String slot) {
    return ("reading-room:" + unitId + ":" + day + ":" + slot).hashCode();
  }
}
