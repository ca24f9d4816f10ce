/*
 * Stand-in for GraalVM's svm_locale.h (not in the builder jars): the layout of LocaleCHelper.LocaleProps and the
 * two result constants, which is all the builder's C query reads from it. See amd64cpufeatures.h.
 */
#ifndef DASH_SVM_LOCALE_H
#define DASH_SVM_LOCALE_H
#define SVM_LOCALE_INITIALIZATION_SUCCEEDED 0
#define SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY 1
typedef struct {
    char *display_language;
    char *display_script;
    char *display_country;
    char *display_variant;
    char *format_language;
    char *format_script;
    char *format_country;
    char *format_variant;
} svm_locale_props_t;
#endif
