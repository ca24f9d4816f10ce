package dev.dash.data;

import static dev.dash.data.Weighted.w;

import java.util.Locale;

/** Company sizes, how common each is among signups, and which plan each tends to buy. */
enum CompanySize {
    STARTUP(Weighted.of(w(Plan.STARTER, 0.80), w(Plan.PROFESSIONAL, 0.20))),
    SMB(Weighted.of(w(Plan.STARTER, 0.15), w(Plan.PROFESSIONAL, 0.70), w(Plan.BUSINESS, 0.15))),
    MID_MARKET(Weighted.of(w(Plan.PROFESSIONAL, 0.20), w(Plan.BUSINESS, 0.70), w(Plan.ENTERPRISE, 0.10))),
    ENTERPRISE(Weighted.of(w(Plan.BUSINESS, 0.25), w(Plan.ENTERPRISE, 0.75)));

    static final Weighted<CompanySize> MIX = Weighted.of(
            w(STARTUP, 0.35), w(SMB, 0.30), w(MID_MARKET, 0.20), w(ENTERPRISE, 0.15));

    final Weighted<Plan> plans;

    CompanySize(Weighted<Plan> plans) {
        this.plans = plans;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
