package dev.dash.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Unique company names made of a prefix and a suffix ("Nova Labs"). */
final class CompanyNames {

    private static final List<String> PREFIXES = List.of(
            "Nova", "Apex", "Blue", "Bright", "Cedar", "Clear", "Core", "Crest", "Delta", "Echo", "Ever", "Falcon",
            "First", "Flux", "Forge", "Granite", "Harbor", "Helix", "Horizon", "Iron", "Juniper", "Keystone", "Lumen",
            "Maple", "Meridian", "Nimbus", "North", "Oak", "Orbit", "Peak", "Pine", "Pixel", "Prime", "Quartz", "Quantum",
            "Red", "River", "Sage", "Silver", "Solar", "Spark", "Summit", "Terra", "True", "Vector", "Vertex", "Willow",
            "Zenith");

    private static final List<String> SUFFIXES = List.of(
            "Labs", "Systems", "Analytics", "Health", "Capital", "Retail", "Learning", "Works", "Solutions", "Group",
            "Digital", "Partners", "Dynamics", "Logic", "Networks", "Software", "Ventures", "Holdings", "Studio",
            "Industries", "Technologies", "Commerce", "Finance", "Data", "Cloud", "Media", "Bio", "Robotics", "Markets",
            "Academy", "Supply", "Foods");

    private final Set<String> used = new HashSet<>();

    String next(Dice dice) {
        if (used.size() == PREFIXES.size() * SUFFIXES.size()) {
            throw new IllegalStateException("Ran out of company names");
        }
        while (true) {
            String name = PREFIXES.get(dice.between(0, PREFIXES.size() - 1)) + " "
                    + SUFFIXES.get(dice.between(0, SUFFIXES.size() - 1));
            if (used.add(name)) {
                return name;
            }
        }
    }
}
