package dev.dash.data;

import static dev.dash.data.Weighted.w;

/** The value sets of the text columns, with how often each value occurs. */
final class Vocabulary {

    static final Weighted<String> INDUSTRIES = Weighted.of(
            w("technology", 30.0), w("healthcare", 15.0), w("finance", 20.0), w("retail", 20.0), w("education", 15.0));

    static final Weighted<String> COUNTRIES = Weighted.of(
            w("US", 45.0), w("GB", 10.0), w("DE", 8.0), w("CA", 7.0), w("FR", 5.0), w("AU", 5.0), w("NL", 4.0),
            w("IN", 4.0), w("SE", 3.0), w("JP", 3.0), w("BR", 3.0), w("SG", 3.0));

    static final Weighted<String> SOURCES = Weighted.of(
            w("organic", 40.0), w("referral", 20.0), w("paid", 25.0), w("partner", 15.0));

    static final Weighted<String> CANCELLATION_REASONS = Weighted.of(
            w("too_expensive", 25.0), w("switched_competitor", 20.0), w("no_longer_needed", 18.0),
            w("missing_features", 15.0), w("poor_support", 10.0), w("budget_cuts", 12.0));

    static final Weighted<String> TICKET_PRIORITIES = Weighted.of(
            w("low", 35.0), w("medium", 40.0), w("high", 18.0), w("critical", 7.0));

    static final Weighted<String> TICKET_CATEGORIES = Weighted.of(
            w("billing", 25.0), w("technical", 40.0), w("feature_request", 20.0), w("onboarding", 15.0));

    static final Weighted<Integer> SATISFACTION = Weighted.of(
            w(5, 35.0), w(4, 30.0), w(3, 18.0), w(2, 10.0), w(1, 7.0));

    private Vocabulary() {
    }
}
