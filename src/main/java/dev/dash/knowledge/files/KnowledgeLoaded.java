package dev.dash.knowledge.files;

import java.nio.file.Path;

/** The knowledge folder was (re)loaded: what is read from its files (the vocabulary) is read again. */
public record KnowledgeLoaded(Path dir) {
}
