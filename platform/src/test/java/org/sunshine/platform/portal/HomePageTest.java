package org.sunshine.platform.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunshine.platform.publication.PublicationChannel;
import org.sunshine.platform.publication.PublishedDocuments;
import org.sunshine.platform.publication.PublishedReleases;
import org.sunshine.platform.support.PlatformTest;

@PlatformTest
class HomePageTest {

  @Autowired MockMvc mvc;
  @Autowired PublishedDocuments documents;
  @Autowired PublishedReleases releases;

  @Test
  void theHomePageIsTheFrontDoorToEveryPublicService() throws Exception {
    long document =
        documents.list(PublicationChannel.INTERNET, null, null, 0, 1).items().get(0).documentId();
    long release = releases.list(null, null, 0, 1).get(0).id();
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("action=\"/search\"")))
        .andExpect(content().string(containsString("href=\"/documents/" + document + "\"")))
        .andExpect(content().string(containsString("href=\"/releases/" + release + "\"")))
        .andExpect(content().string(containsString("href=\"/documents\"")))
        .andExpect(content().string(containsString("href=\"/releases\"")))
        .andExpect(content().string(containsString("href=\"/feeds/documents.atom\"")))
        .andExpect(content().string(containsString("href=\"/feeds/releases.atom\"")))
        .andExpect(content().string(containsString("href=\"/api\"")))
        .andExpect(content().string(not(containsString("即将开通"))));
  }
}
