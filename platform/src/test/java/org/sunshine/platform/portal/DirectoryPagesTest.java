package org.sunshine.platform.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.organisation.Directory;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class DirectoryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Directory directory;

  private long id(String code) {
    return directory.findByCode(code).orElseThrow().id();
  }

  @Test
  void directoryShowsTheProvinceAndItsCitiesWithPhones() throws Exception {
    mvc.perform(get("/directory"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("山西省人民检察院")))
        .andExpect(content().string(containsString("太原市人民检察院")))
        .andExpect(content().string(containsString("吕梁市人民检察院")))
        .andExpect(content().string(containsString("0351-7000309")));
  }

  @Test
  void aCitysPageListsItsCountiesAndTheWayUp() throws Exception {
    mvc.perform(get("/directory/" + id("140100")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("太原市小店区人民检察院")))
        .andExpect(content().string(containsString("山西省院")))
        .andExpect(content().string(not(containsString("大同市云冈区人民检察院"))));
  }

  @Test
  void countiesLoadAsAFragmentForHtmx() throws Exception {
    mvc.perform(get("/directory/" + id("140200") + "/children"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("大同市云冈区人民检察院")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void anUnknownUnitIsA404Page() throws Exception {
    mvc.perform(get("/directory/987654").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("页面不存在")));
  }

  @Test
  void theDirectoryIsOpenDataAsJson() throws Exception {
    mvc.perform(get("/api/v1/procuratorates/" + id("140100") + "/children"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(4)))
        .andExpect(jsonPath("$[0].level").value("COUNTY"));
  }
}
