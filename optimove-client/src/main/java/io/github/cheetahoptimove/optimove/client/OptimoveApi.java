package io.github.cheetahoptimove.optimove.client;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** Every call of Optimove's API, as Retrofit speaks it; answers are read as JSON trees. */
interface OptimoveApi {
    String BASE = "current/";

    @GET(BASE + "actions/GetExecutedCampaignsByChannel")
    Call<JsonNode> executedCampaigns(@Query("ChannelID") int channelId, @Query("Date") String date);

    @GET(BASE + "actions/GetCampaignDetails")
    Call<JsonNode> campaignDetails(@Query("CampaignID") long campaignId);

    @GET(BASE + "customers/GetCustomerSendDetailsByChannel")
    Call<JsonNode> sendDetails(@Query("ChannelID") int channelId, @Query("CampaignID") long campaignId,
            @Query("CustomerAttributes") String attributes, @Query("CustomerAttributesDelimiter") String delimiter,
            @Query("$top") int top, @Query("$skip") long skip);

    @GET(BASE + "customers/GetCanceledCampaignCustomers")
    Call<JsonNode> canceledCustomers(@Query("CampaignID") long campaignId);

    @GET(BASE + "integrations/GetChannelTemplates")
    Call<JsonNode> channelTemplates(@Query("ChannelID") int channelId);

    @POST(BASE + "integrations/AddChannelTemplates")
    Call<Void> addChannelTemplates(@Query("ChannelID") int channelId, @Body RequestBody templates);

    @POST(BASE + "integrations/DeleteChannelTemplates")
    Call<Void> deleteChannelTemplates(@Body RequestBody templates);

    @POST(BASE + "integrations/UpdateCampaignMetrics")
    Call<Void> updateCampaignMetrics(@Body RequestBody metrics);

    @POST(BASE + "general/RegisterEventListener")
    Call<Void> registerEventListener(@Body RequestBody listener);

    @POST(BASE + "general/UnregisterEventListener")
    Call<Void> unregisterEventListener(@Body RequestBody listener);

    @GET(BASE + "general/GetRegisteredEventListeners")
    Call<JsonNode> eventListeners();
}
