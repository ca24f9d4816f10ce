package dev.dash.api;

import dev.dash.http.ApiError;
import dev.dash.http.CurrentCaller;
import dev.dash.http.Paging;
import dev.dash.learning.Learning;
import dev.dash.learning.LearningRepository;
import dev.dash.learning.LearningStore;
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

/** Lets a person see, search, approve and delete what Dash has learned from its errors, with who wrote it. */
@Path("/api/learnings")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

    private final LearningRepository repository;
    private final VectorIndex index;
    private final LearningStore store;
    private final CurrentCaller caller;

    public LearningResource(LearningRepository repository, VectorIndex index, LearningStore store,
            CurrentCaller caller) {
        this.repository = repository;
        this.index = index;
        this.store = store;
        this.caller = caller;
    }

    @GET
    public Paging<Learning> list(@QueryParam("q") String search, @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        Paging.Request request = Paging.request(page, limit);
        var found = repository.list(search == null || search.isBlank() ? null : search, request.limit(),
                request.offset());
        return Paging.of(found.items(), request, found.total());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        return repository.byId(id).map(l -> Response.ok(l).build())
                .orElseGet(() -> ApiError.notFound("Learning " + id));
    }

    /**
     * Approves a learning for everyone's runs ({"approved": false} withdraws it): until then only its author's runs
     * see it. Answers with the learning: who wrote it and what it says.
     */
    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") long id, Map<String, Boolean> body) {
        boolean approved = body == null || body.getOrDefault("approved", true);
        return store.approve(id, approved, caller.get().userId()).map(l -> Response.ok(l).build())
                .orElseGet(() -> ApiError.notFound("Learning " + id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        if (!repository.delete(id)) {
            return ApiError.notFound("Learning " + id);
        }
        index.remove(List.of(Learning.REF_PREFIX + id));
        return Response.noContent().build();
    }
}
