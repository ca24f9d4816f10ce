package dev.dash.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.pgvector.DefaultMetadataStorageConfig;
import dev.langchain4j.store.embedding.pgvector.MetadataStorageMode;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The one place that knows which embedding store we use: LangChain4j's pgvector store on the service's own
 * datasource, in a table Flyway owns. Swapping in the quarkus-langchain4j-pgvector extension changes only this class.
 */
public class EmbeddingStoreProducer {

    static final String TABLE = "dash_internal.embeddings";
    static final int DIMENSION = 384;

    @Produces
    @ApplicationScoped
    EmbeddingStore<TextSegment> embeddingStore(AgroalDataSource dataSource) {
        return PgVectorEmbeddingStore.datasourceBuilder()
                .datasource(dataSource)
                .table(TABLE)
                .dimension(DIMENSION)
                .createTable(false)
                .useIndex(false)
                .metadataStorageConfig(DefaultMetadataStorageConfig.builder()
                        .storageMode(MetadataStorageMode.COMBINED_JSONB)
                        .columnDefinitions(List.of("metadata JSONB NULL"))
                        .build())
                .build();
    }
}
