package dev.dash.agentos;

import dev.dash.http.ApiException;
import dev.dash.http.CurrentCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** AgentOS's GET /agents, /agents/{id}, /teams, /teams/{id}: listings show only what the caller may read. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final Catalog catalog;
    private final CurrentCaller caller;

    public CatalogResource(Catalog catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @Path("agents")
    public List<Catalog.Agent> agents() {
        return catalog.agents(caller.get());
    }

    @GET
    @Path("agents/{id}")
    public Catalog.Agent agent(@PathParam("id") String id) {
        return catalog.agent(id).orElseThrow(() -> new ApiException(404, "not_found", "Agent not found"));
    }

    @GET
    @Path("teams")
    public List<Catalog.Team> teams() {
        return catalog.teams(caller.get());
    }

    @GET
    @Path("teams/{id}")
    public Catalog.Team team(@PathParam("id") String id) {
        return catalog.team(id).orElseThrow(() -> new ApiException(404, "not_found", "Team not found"));
    }
}
