package dev.tailor.web.dashboard;

import dev.tailor.core.campaign.CampaignRepository;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /campaigns}: the stored campaigns and their status. */
public final class CampaignPages implements RouteGroup {
  private final CampaignRepository campaigns;

  public CampaignPages(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void register(RouteTable routes) {
    routes.get(
        "/campaigns",
        Access.SESSION,
        ctx -> {
          Map<String, Object> params = new LinkedHashMap<>();
          params.put("page", Pages.page(ctx, "Campaigns", "/campaigns"));
          params.put("campaigns", campaigns.list());
          Pages.render(ctx, "campaigns.jte", params);
        });
  }
}
