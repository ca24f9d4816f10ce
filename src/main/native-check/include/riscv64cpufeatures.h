/*
 * Stand-in for GraalVM's riscv64cpufeatures.h, which the builder jars do not ship: the builder compiles a C query
 * against it to learn the layout of RISCV64LibCHelper.CPUFeatures (it does so for every architecture it knows).
 * Only the layout matters to the analysis; the code that fills the struct is linked, never run, here. Fields as
 * in svm 25.0.4's com.oracle.svm.core.riscv64.RISCV64LibCHelper$CPUFeatures, one char each.
 */
#ifndef DASH_RISCV64CPUFEATURES_H
#define DASH_RISCV64CPUFEATURES_H
typedef struct {
    char fI;
    char fM;
    char fA;
    char fF;
    char fD;
    char fC;
    char fV;
} CPUFeatures;
#endif
