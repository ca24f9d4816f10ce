package dev.dash.api;

import dev.dash.http.ApiError;
import dev.dash.http.Paging;
import dev.dash.learning.Learning;
import dev.dash.learning.LearningRepository;
import dev.dash.retrieval.VectorIndex;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Lets a person see, search and delete what Dash has learned from its errors. */
@Path("/api/learnings")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

    private final LearningRepository repository;
    private final VectorIndex index;

    public LearningResource(LearningRepository repository, VectorIndex index) {
        this.repository = repository;
        this.index = index;
    }

    @GET
    public Paging<Learning> list(@QueryParam("q") String search, @QueryParam("page") @DefaultValue("1") String page,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        Paging.Request request = Paging.request(page, limit);
        var found = repository.list(search == null || search.isBlank() ? null : search, request.limit(),
                request.offset());
        return Paging.of(found.items(), request, found.total());
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
