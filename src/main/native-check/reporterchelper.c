/*
 * libreporterchelper.so: the two JNI functions GraalVM's native-image builder loads from
 * <java.home>/lib/svm/builder/lib for its progress report. A GraalVM distribution ships it; the builder jars on
 * Maven Central do not, so `./dash native-check` (scripts/lib/native.sh) compiles this into a copy of the JDK home.
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

/* Peak resident set size in bytes (ru_maxrss is in KiB on Linux), or -1. */
JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass cls) {
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
    return (jlong) usage.ru_maxrss * 1024;
}

/* Columns of the terminal on standard output, or -1 when it is not a terminal. */
JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env, jclass cls) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) {
        return -1;
    }
    return size.ws_col;
}
