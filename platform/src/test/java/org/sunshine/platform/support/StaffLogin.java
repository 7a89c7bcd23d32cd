package org.sunshine.platform.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs staff in as a person does, through the login form: with MockMvc (the session to send the
 * next requests with) or on the login page a real browser shows.
 */
public final class StaffLogin {

  private StaffLogin() {}

  /** Logs a demo account in ({@link TestAccounts#DEMO_PASSWORD}); returns its session. */
  public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
    return login(mvc, username, TestAccounts.DEMO_PASSWORD);
  }

  /** Logs an account in with this password; returns its session. */
  public static MockHttpSession login(MockMvc mvc, String username, String password)
      throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin().user(username).password(password))
            .andReturn()
            .getRequest()
            .getSession();
  }

  /** Fills in the login page the browser shows with a demo account and submits it. */
  public static void loginOnPage(Page page, String username) {
    page.getByLabel("用户名").fill(username);
    page.getByLabel("密码").fill(TestAccounts.DEMO_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
  }
}
