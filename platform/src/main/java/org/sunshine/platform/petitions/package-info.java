/**
 * Petitions (控告申诉): 控告, 举报, 申诉, 不起诉 and 不立案 appeals, 国家赔偿申请, complaints, lawyers' obstruction
 * complaints, 检务公开申请 and objections to a publication, filed online or registered by 控申 from a
 * visit, a call or a letter, each handled on its legal clock (刑事诉讼规则 第一百六十一至一百六十三条) and answered by
 * a reply document. The reporter's identity is seen by 控申 alone, and every look at it is audited.
 */
@ApplicationModule(
    displayName = "Petitions",
    allowedDependencies = {
      "access",
      "approval",
      "audit",
      "cases",
      "documents",
      "infrastructure",
      "notifications",
      "organisation",
      "publication",
      "texts"
    })
package org.sunshine.platform.petitions;

import org.springframework.modulith.ApplicationModule;
