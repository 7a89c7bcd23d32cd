package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.support.PlatformTest;
import org.sunshine.platform.support.StaffLogin;

/** Every page of the capability renders, for the public and for 控申, on the demo's matters. */
@PlatformTest
class PetitionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  String page(String path, MockHttpSession session) throws Exception {
    var request = get(path);
    if (session != null) {
      request.session(session);
    }
    var response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void thePublicPagesRender() throws Exception {
    assertThat(page("/petitions", null)).contains("控告").contains("7 日内程序性答复");
    assertThat(page("/petitions/report", null)).contains("查询密码");
    assertThat(page("/petitions/track", null)).contains("查询码");
    assertThat(page("/petitions/statistics", null)).contains("7 日程序性答复率");
    assertThat(page("/receptions", null)).contains("张正平检察长").contains("视频接访");
    assertThat(page("/bribery-checks/verify", null)).contains("验证码");
  }

  @Test
  void theConsoleShowsEveryQueueAndEveryStateOfTheDemo() throws Exception {
    MockHttpSession office = StaffLogin.login(mvc, "kongshen");
    assertThat(page("/console/petitions?queue=OVERDUE", office)).contains("table-danger");
    assertThat(page("/console/petitions?queue=SOON", office)).contains("petitions-table");
    String all = page("/console/petitions?queue=ALL", office);
    for (String state :
        new String[] {"已登记", "待补充材料", "已受理", "办理中", "已答复结果", "已办结", "已告知向有关机关反映", "已移送"}) {
      assertThat(all).as(state).contains(state);
    }
    assertThat(page("/console/petitions/new", office)).contains("来信");
    assertThat(page("/console/petitions/receptions", office)).contains("刘振华副检察长");
    assertThat(page("/console/petitions/bribery-checks", office)).contains("行贿犯罪档案查询");
    long overdue =
        jdbc.sql(
                "select id from petition where received_on < current_date - 90 order by id limit 1")
            .query(Long.class)
            .single();
    String detail = page("/console/petitions/" + overdue + "?identity=true", office);
    assertThat(detail).contains("已超期").contains("第一百六十三条").contains("郑伟");
  }
}
