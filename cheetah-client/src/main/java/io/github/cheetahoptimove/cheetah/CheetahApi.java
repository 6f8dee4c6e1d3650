package io.github.cheetahoptimove.cheetah;

import io.github.cheetahoptimove.cheetah.Wire.AccountDto;
import io.github.cheetahoptimove.cheetah.Wire.CampActionDto;
import io.github.cheetahoptimove.cheetah.Wire.CampIdDto;
import io.github.cheetahoptimove.cheetah.Wire.CampaignDto;
import io.github.cheetahoptimove.cheetah.Wire.DataMapDto;
import io.github.cheetahoptimove.cheetah.Wire.FolderDto;
import io.github.cheetahoptimove.cheetah.Wire.IdDto;
import io.github.cheetahoptimove.cheetah.Wire.ListDto;
import io.github.cheetahoptimove.cheetah.Wire.NewCampaignDto;
import io.github.cheetahoptimove.cheetah.Wire.NewListDto;
import io.github.cheetahoptimove.cheetah.Wire.PageDto;
import io.github.cheetahoptimove.cheetah.Wire.StatsDto;
import io.github.cheetahoptimove.cheetah.Wire.TemplateDto;
import io.github.cheetahoptimove.cheetah.Wire.UploadResultDto;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;

/** Every call of the CheetahMail API, as Retrofit speaks it. Paths are relative to the endpoint. */
interface CheetahApi {
    /** The path prefix of every API call. */
    String API = "services2/api/";
    /** The token path. */
    String TOKEN_PATH = "services2/authorization/oAuth2/Token";

    @GET(API + "Account")
    Call<AccountDto> account();

    @GET(API + "Folders")
    Call<FolderDto> folder(@Query("id") long id);

    @GET(API + "EmailTemplates")
    Call<PageDto<TemplateDto>> templates(@Query("folderId") long folderId, @Query("page") int page,
            @Query("pageSize") int pageSize);

    @GET(API + "EmailTemplates")
    Call<TemplateDto> template(@Query("id") long id);

    @GET(API + "DataMaps")
    Call<DataMapDto> dataMap(@Query("id") long id);

    @POST(API + "Lists")
    Call<IdDto> createList(@Body NewListDto list);

    @GET(API + "Lists")
    Call<PageDto<ListDto>> listsByName(@Query("name") String name);

    @GET(API + "Lists")
    Call<ListDto> list(@Query("id") long id);

    @DELETE(API + "Lists")
    Call<Void> deleteList(@Query("id") long id);

    @POST(API + "ListRecords")
    Call<UploadResultDto> uploadRecords(@Query("listId") long listId, @Body RequestBody body);

    @POST(API + "EmailCampaign")
    Call<CampIdDto> createCampaign(@Body NewCampaignDto campaign);

    @GET(API + "EmailCampaign")
    Call<CampaignDto> campaign(@Query("id") long id);

    @GET(API + "EmailCampaign")
    Call<PageDto<CampaignDto>> campaignsByExternalRef(@Query("externalRef") String externalRef);

    @PUT(API + "EmailCampaign")
    Call<CampaignDto> campaignAction(@Query("id") long id, @Body CampActionDto action);

    @DELETE(API + "EmailCampaign")
    Call<Void> deleteCampaign(@Query("id") long id);

    @GET(API + "CampaignStats")
    Call<StatsDto> stats(@Query("id") long id);
}
