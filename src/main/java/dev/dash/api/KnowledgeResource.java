package dev.dash.api;

import dev.dash.http.ApiError;
import dev.dash.http.CurrentCaller;
import dev.dash.http.Paging;
import dev.dash.knowledge.EntryForReview;
import dev.dash.knowledge.KnowledgeApprovals;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.retrieval.VectorIndex;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Lets a person see, search, approve and delete what Dash knows, with who wrote it and who approved it. */
@Path("/api/knowledge")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    private final KnowledgeRepository repository;
    private final VectorIndex index;
    private final KnowledgeApprovals approvals;
    private final CurrentCaller caller;

    public KnowledgeResource(KnowledgeRepository repository, VectorIndex index, KnowledgeApprovals approvals,
            CurrentCaller caller) {
        this.repository = repository;
        this.index = index;
        this.approvals = approvals;
        this.caller = caller;
    }

    @GET
    public Paging<EntryForReview> list(@QueryParam("kind") String kind, @QueryParam("q") String search,
            @QueryParam("page") @DefaultValue("1") String page, @QueryParam("limit") @DefaultValue("20") String limit) {
        Paging.Request request = Paging.request(page, limit);
        var found = repository.list(blankToNull(kind), blankToNull(search), request.limit(), request.offset());
        return Paging.of(found.items(), request, found.total());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return repository.review(id).map(e -> Response.ok(e).build()).orElseGet(() -> ApiError.notFound("Entry " + id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        if (repository.delete(List.of(id)) == 0) {
            return ApiError.notFound("Entry " + id);
        }
        index.remove(List.of(id));
        return Response.noContent().build();
    }

    /**
     * Approves a validated query (for answers without a model too) or anything a run wrote, for everyone's runs
     * ({"approved": false} withdraws it); answers with the entry as approved: who wrote it and what it says or runs.
     */
    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") String id, Map<String, Boolean> body) {
        boolean approved = body == null || body.getOrDefault("approved", true);
        return approvals.approve(id, approved, caller.get().userId()).map(e -> Response.ok(e).build())
                .orElseGet(() -> ApiError.notFound("Validated query or run-time entry " + id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
