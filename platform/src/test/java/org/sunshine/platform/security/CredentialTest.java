package org.sunshine.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialTest {

  private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");
  private final Duration lockout = Duration.ofMinutes(15);

  @Test
  void locksAtTheConfiguredNumberOfFailures() {
    Credential c = Credential.withPassword(1, "hash", t0);
    for (int i = 0; i < 4; i++) {
      c.recordFailure(t0, 5, lockout);
    }
    assertThat(c.lockedAt(t0)).isFalse();
    c.recordFailure(t0, 5, lockout);
    assertThat(c.lockedAt(t0)).isTrue();
  }

  @Test
  void lockLiftsByItselfAfterTheLockoutDuration() {
    Credential c = Credential.withPassword(1, "hash", t0);
    for (int i = 0; i < 5; i++) {
      c.recordFailure(t0, 5, lockout);
    }
    assertThat(c.lockedAt(t0.plus(lockout).minusSeconds(1))).isTrue();
    assertThat(c.lockedAt(t0.plus(lockout))).isFalse();
    c.recordFailure(t0.plus(lockout), 5, lockout);
    assertThat(c.failedAttempts()).isEqualTo(1);
  }

  @Test
  void unlockingAnAccountThatIsNotLockedFailsLoudly() {
    Credential c = Credential.withPassword(1, "hash", t0);
    assertThatThrownBy(c::unlock).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTotpStepCannotBeUsedTwice() {
    Credential c = Credential.withPassword(1, "hash", t0);
    c.beginTotpEnrolment("SECRET");
    c.confirmTotp(100);
    assertThatThrownBy(() -> c.acceptTotpStep(100)).isInstanceOf(IllegalStateException.class);
    c.acceptTotpStep(101);
    assertThat(c.totpLastStep()).isEqualTo(101);
  }

  @Test
  void confirmingTotpWithoutEnrolmentFailsLoudly() {
    Credential c = Credential.withPassword(1, "hash", t0);
    assertThatThrownBy(() -> c.confirmTotp(1)).isInstanceOf(IllegalStateException.class);
  }
}
