/*
 * Stand-in for GraalVM's aarch64cpufeatures.h, which the builder jars do not ship: the builder compiles a C query
 * against it to learn the layout of AArch64LibCHelper.CPUFeatures (it does so for every architecture it knows).
 * Only the layout matters to the analysis; the code that fills the struct is linked, never run, here. Fields as
 * in svm 25.0.4's com.oracle.svm.core.aarch64.AArch64LibCHelper$CPUFeatures, one char each.
 */
#ifndef DASH_AARCH64CPUFEATURES_H
#define DASH_AARCH64CPUFEATURES_H
typedef struct {
    char fFP;
    char fASIMD;
    char fEVTSTRM;
    char fAES;
    char fPMULL;
    char fSHA1;
    char fSHA2;
    char fCRC32;
    char fLSE;
    char fDCPOP;
    char fSHA3;
    char fSHA512;
    char fSVE;
    char fSVE2;
    char fSTXR_PREFETCH;
    char fA53MAC;
    char fDMB_ATOMICS;
    char fPACA;
    char fSVEBITPERM;
    char fFPHP;
    char fASIMDHP;
} CPUFeatures;
#endif
