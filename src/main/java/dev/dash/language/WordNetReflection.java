package dev.dash.language;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * extJWNL builds the WordNet dictionary from the classes its data package's {@code res_properties.xml} names, by
 * reflection: they are registered for the native image, and its files and message bundle are native resources (not
 * yet verified in a native build).
 */
@RegisterForReflection(targets = {
        net.sf.extjwnl.dictionary.FileBackedDictionary.class,
        net.sf.extjwnl.dictionary.file_manager.FileManagerImpl.class,
        net.sf.extjwnl.dictionary.morph.DefaultMorphologicalProcessor.class,
        net.sf.extjwnl.dictionary.morph.DetachSuffixesOperation.class,
        net.sf.extjwnl.dictionary.morph.LookupExceptionsOperation.class,
        net.sf.extjwnl.dictionary.morph.LookupIndexWordOperation.class,
        net.sf.extjwnl.dictionary.morph.TokenizerOperation.class,
        net.sf.extjwnl.princeton.data.PrincetonWN17FileDictionaryElementFactory.class,
        net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile.class})
final class WordNetReflection {

    private WordNetReflection() {
    }
}
