package space.consortium.relay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A relay plan as the API ({@code POST /api/relay/plan}), the command ({@code relay PLAN.json}) and the page send it:
 * bound by Jackson for JSON, built by the page's form in one place. Every field may be missing here; the service's
 * checks ({@link RelayService#validate}) name each problem by its path ({@code orbiters[0].elements.e}) and give the
 * defaults. Documented in {@code docs/relay.md}.
 *
 * @param body                        the planet, {@code mars} (the only one planned); optional
 * @param start                       period start (UTC), required
 * @param end                         period end (UTC), required, after start, at most 45 days later
 * @param minElevationDeg             elevation mask, degrees, 0 to 60 (default 10)
 * @param maxRangeKm                  longest usable range, km, 100 to 50,000 (default 5,000)
 * @param propagator                  {@code auto} (default), {@code numerical-j2}, {@code eckstein-hechler} or
 *                                    {@code keplerian}
 * @param orbiters                    the orbiters: registry ids or full objects, at least one
 * @param landers                     the landers: registry ids or full objects, at least one
 * @param setupGapSeconds             least time between sessions of one orbiter or lander, s, 0 to 3,600 (default 120)
 * @param maxSessionsPerOrbiterPerSol most sessions of an orbiter per sol, 1 to 50 (default 6)
 * @param allowSplitPasses            one orbiter session may serve two landers (default false)
 * @param agencyWeights               fairness weight of each agency's landers, in (0, 100] (missing = 1)
 * @param whatIf                      the assets taken out for a what-if comparison
 * @param rangeProfiles               include each pass's range profile in the answer (default false)
 * @param policies                    ids of the partner policies to apply (the coalition builder's, see
 *                                    {@code GET /api/teaming/policies}); missing: every enabled one; empty: none
 */
public record RelayRequest(@Nullable String body, @Nullable Instant start, @Nullable Instant end,
                           @Nullable Double minElevationDeg, @Nullable Double maxRangeKm, @Nullable String propagator,
                           @Nullable List<@Nullable Orbiter> orbiters, @Nullable List<@Nullable Lander> landers,
                           @Nullable Double setupGapSeconds, @Nullable Double maxSessionsPerOrbiterPerSol,
                           @Nullable Boolean allowSplitPasses, @Nullable Map<String, @Nullable Double> agencyWeights,
                           @Nullable WhatIf whatIf, @Nullable Boolean rangeProfiles, @Nullable List<String> policies) {

    /** A plan of registry assets over a period with the given policies, every other field at its default. */
    public static RelayRequest of(@Nullable Instant start, @Nullable Instant end, @Nullable Double minElevationDeg,
                                  @Nullable String propagator, List<String> orbiters, List<String> landers,
                                  List<String> removeOrbiters, @Nullable List<String> policies) {
        return new RelayRequest(null, start, end, minElevationDeg, null, propagator,
                orbiters.stream().map(Orbiter::of).toList(), landers.stream().map(Lander::of).toList(), null, null,
                null, null, removeOrbiters.isEmpty() ? null : new WhatIf(List.copyOf(removeOrbiters), null), null,
                policies == null ? null : List.copyOf(policies));
    }

    /**
     * An orbiter: a registry id ({@code "mro"}, then only {@code ref} is set) or an object.
     *
     * @param ref      the registry id when the plan names a shipped orbiter
     * @param id       identifier
     * @param owner    owning partner (agency) id
     * @param name     display name (optional)
     * @param elements its orbit
     * @param radio    {@code electra}, {@code odyssey} or {@code melacom}
     */
    @JsonSerialize(using = Orbiter.Json.class)
    public record Orbiter(@JsonIgnore @Nullable String ref, @Nullable String id, @Nullable String owner,
                          @Nullable String name, @Nullable Elements elements, @Nullable String radio) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Orbiter(@JsonProperty("id") @Nullable String id, @JsonProperty("owner") @Nullable String owner,
                       @JsonProperty("name") @Nullable String name, @JsonProperty("elements") @Nullable Elements elements,
                       @JsonProperty("radio") @Nullable String radio) {
            this(null, id, owner, name, elements, radio);
        }

        /** An orbiter of the registry, by id. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Orbiter of(String ref) {
            return new Orbiter(ref, null, null, null, null, null);
        }

        /** Written as it is read: the registry id, or the object (a job stores its plan this way). */
        static final class Json extends StdSerializer<Orbiter> {
            Json() {
                super(Orbiter.class);
            }

            @Override
            public void serialize(Orbiter o, JsonGenerator gen, SerializationContext context) {
                write(gen, o.ref(), "id", o.id(), "owner", o.owner(), "name", o.name(), "elements", o.elements(),
                        "radio", o.radio());
            }
        }
    }

    /**
     * Orbit elements in the Mars-equatorial frame of the IAU pole.
     *
     * @param aKm             semi-major axis, km (required)
     * @param e               eccentricity, 0 ≤ e &lt; 1 (required)
     * @param iDeg            inclination, degrees, 0 to 180 (required)
     * @param raanDeg         right ascension of the ascending node, degrees (default 0)
     * @param argPeriapsisDeg argument of periapsis, degrees (default 0)
     * @param meanAnomalyDeg  mean anomaly at the epoch, degrees (default 0)
     * @param epoch           when the elements hold (UTC, required)
     * @param kind            {@code osculating} (default) or {@code mean}
     */
    public record Elements(@Nullable Double aKm, @Nullable Double e, @Nullable Double iDeg, @Nullable Double raanDeg,
                           @Nullable Double argPeriapsisDeg, @Nullable Double meanAnomalyDeg, @Nullable Instant epoch,
                           @Nullable String kind) {
    }

    /**
     * A lander: a registry id ({@code "curiosity"}, then only {@code ref} is set) or an object.
     *
     * @param ref              the registry id when the plan names a shipped lander
     * @param id               identifier
     * @param owner            owning partner (agency) id
     * @param name             display name (optional)
     * @param latDeg           planetocentric latitude, degrees, -90 to 90 (required)
     * @param lonDeg           east longitude, degrees, -180 to 360 (required)
     * @param altKm            height above the IAU ellipsoid, km, -10 to 25 (default 0)
     * @param demandMbitPerSol data wanted per sol, Mbit, 0 = no cap (default)
     * @param priority         weight of its data, 0.01 to 100 (default 1)
     */
    @JsonSerialize(using = Lander.Json.class)
    public record Lander(@JsonIgnore @Nullable String ref, @Nullable String id, @Nullable String owner,
                         @Nullable String name, @Nullable Double latDeg, @Nullable Double lonDeg, @Nullable Double altKm,
                         @Nullable Double demandMbitPerSol, @Nullable Double priority) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Lander(@JsonProperty("id") @Nullable String id, @JsonProperty("owner") @Nullable String owner,
                      @JsonProperty("name") @Nullable String name, @JsonProperty("latDeg") @Nullable Double latDeg,
                      @JsonProperty("lonDeg") @Nullable Double lonDeg, @JsonProperty("altKm") @Nullable Double altKm,
                      @JsonProperty("demandMbitPerSol") @Nullable Double demandMbitPerSol,
                      @JsonProperty("priority") @Nullable Double priority) {
            this(null, id, owner, name, latDeg, lonDeg, altKm, demandMbitPerSol, priority);
        }

        /** A lander of the registry, by id. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Lander of(String ref) {
            return new Lander(ref, null, null, null, null, null, null, null, null);
        }

        /** Written as it is read: the registry id, or the object. */
        static final class Json extends StdSerializer<Lander> {
            Json() {
                super(Lander.class);
            }

            @Override
            public void serialize(Lander l, JsonGenerator gen, SerializationContext context) {
                write(gen, l.ref(), "id", l.id(), "owner", l.owner(), "name", l.name(), "latDeg", l.latDeg(),
                        "lonDeg", l.lonDeg(), "altKm", l.altKm(), "demandMbitPerSol", l.demandMbitPerSol(),
                        "priority", l.priority());
            }
        }
    }

    /** A registry id as a JSON string, else an object of the named values that are set. */
    private static void write(JsonGenerator gen, @Nullable String ref, @Nullable Object... namesAndValues) {
        if (ref != null) {
            gen.writeString(ref);
            return;
        }
        gen.writeStartObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                gen.writePOJOProperty(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
            }
        }
        gen.writeEndObject();
    }

    /**
     * What-if: the plan again without some orbiters.
     *
     * @param removeOrbiters orbiters taken out (ids of the plan's orbiters)
     * @param removePartners partners whose orbiters are all taken out
     */
    public record WhatIf(@Nullable List<String> removeOrbiters, @Nullable List<String> removePartners) {
    }
}
