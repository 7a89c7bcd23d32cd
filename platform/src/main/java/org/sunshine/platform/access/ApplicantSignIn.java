package org.sunshine.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The applicant's SMS sign-in for other public services (a petitioner files and follows petitions
 * with the same account): one account per mobile number, the same codes, limits and session.
 */
@Service
public class ApplicantSignIn {

  private final Applicants applicants;

  ApplicantSignIn(Applicants applicants) {
    this.applicants = applicants;
  }

  /**
   * Sends a login code; a bad number or too many codes this hour is refused with the reason
   * (IllegalArgumentException, "mobile: …").
   */
  public String sendCode(String mobile) {
    try {
      applicants.sendCode(mobile);
      return Applicants.normalise(mobile);
    } catch (TooManyAttempts e) {
      throw new IllegalArgumentException("mobile: " + e.getMessage(), e);
    }
  }

  /** Signs the browser in when the code is right (a new session id); false otherwise. */
  public boolean signIn(String mobile, String code, HttpServletRequest request) {
    Optional<Long> id;
    try {
      id = applicants.signIn(mobile, code);
    } catch (TooManyAttempts e) {
      throw new IllegalArgumentException("code: " + e.getMessage(), e);
    }
    if (id.isEmpty()) {
      return false;
    }
    request.changeSessionId();
    request.getSession().setAttribute(ApplicantController.SESSION_KEY, id.get());
    return true;
  }

  /** The signed-in applicant of this session, if any. */
  public Optional<Long> current(HttpSession session) {
    return Optional.ofNullable(ApplicantController.applicant(session));
  }

  public String mobile(long applicantId) {
    return applicants.mobile(applicantId);
  }
}
