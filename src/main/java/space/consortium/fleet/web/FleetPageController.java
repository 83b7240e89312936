package space.consortium.fleet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.fleet.FleetPreset;
import space.consortium.fleet.FleetReport;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.fleet.ReplayReport;
import space.consortium.shared.Cancelled;
import space.consortium.shared.Chart;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Fleet resilience page: the shipped fleets compared with one seed (one partner against several), a custom fleet
 * as JSON, and the replay of the ISS cargo manifest of 2014–2015.
 */
@Controller
@RequestMapping("/risk/fleet")
class FleetPageController {

    static final int PAGE_MAX_TRIALS = 50_000;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final FleetService fleets;
    private final Computations computations;

    FleetPageController(FleetService fleets, Computations computations) {
        this.fleets = fleets;
        this.computations = computations;
    }

    @GetMapping
    String page(@RequestParam(name = "fleet", required = false) @Nullable List<String> chosen,
                @RequestParam(required = false) @Nullable String trials,
                @RequestParam(required = false) @Nullable String seed,
                @RequestParam(required = false) @Nullable String run, Model model, HttpServletResponse response) {
        Set<String> selected = new LinkedHashSet<>(chosen != null ? chosen
                : run == null ? fleets.presets().stream().map(FleetPreset::id).toList() : List.of());
        List<String> errors = new ArrayList<>();
        Integer trialCount = number(trials, "trials", FleetService.DEFAULT_TRIALS, errors);
        Long seedValue = seed == null || seed.isBlank() ? FleetService.DEFAULT_SEED : parseSeed(seed, errors);
        if (trialCount != null && (trialCount < 100 || trialCount > PAGE_MAX_TRIALS)) {
            errors.add("Trials: must be between 100 and " + PAGE_MAX_TRIALS + " on this page (the API takes more).");
        }
        List<FleetRequest> requests = new ArrayList<>();
        for (String id : selected) {
            fleets.presets().stream().filter(p -> p.id().equals(id)).findFirst()
                    .ifPresentOrElse(p -> requests.add(p.fleet().with(p.name(), null, null)),
                            () -> errors.add("Fleet: '" + id + "' is not a shipped fleet."));
        }
        if (run != null && requests.isEmpty()) {
            errors.add("Fleet: choose at least one fleet to compare.");
        }
        model.addAttribute("selected", selected);
        model.addAttribute("trials", trials == null ? String.valueOf(FleetService.DEFAULT_TRIALS) : trials);
        model.addAttribute("seed", seed == null ? String.valueOf(FleetService.DEFAULT_SEED) : seed);
        if (run != null && errors.isEmpty()) {
            List<FleetRequest> withRun = requests.stream().map(r -> r.with(null, trialCount, seedValue)).toList();
            try {
                model.addAttribute("runs", FleetCharts.runs(computations.run(work -> fleets.compare(withRun, work)), withRun));
            } catch (InvalidInput e) {
                e.problems().forEach(p -> errors.add(p.field() + ": " + p.message()));
            } catch (Cancelled e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty() && run != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", run == null ? List.of() : errors);
        model.addAttribute("custom", JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(fleets.presets().get(0).fleet().with("My fleet", 10_000, 1L)));
        return page(model);
    }

    @PostMapping
    String custom(@RequestParam(name = "fleetJson", defaultValue = "") String fleetJson, Model model,
                  HttpServletResponse response) {
        model.addAttribute("selected", Set.of());
        model.addAttribute("trials", String.valueOf(FleetService.DEFAULT_TRIALS));
        model.addAttribute("seed", String.valueOf(FleetService.DEFAULT_SEED));
        model.addAttribute("custom", fleetJson);
        List<String> errors = new ArrayList<>();
        // every problem of the fleet at once: wrong-typed values and unknown fields, this page's trial limit and the
        // fleet's own checks, each named by its field path
        try {
            FleetRequest request = FleetInput.one(JSON.readTree(fleetJson.isBlank() ? "{}" : fleetJson), fleets,
                    PAGE_MAX_TRIALS);
            FleetReport report = computations.run(work -> fleets.simulate(request, work));
            model.addAttribute("runs", FleetCharts.runs(List.of(report), List.of(request)));
        } catch (JacksonException e) {
            JsonProblems.of(e).forEach(p -> errors.add(p.field().equals("body") ? "The fleet " + p.message()
                    : p.field() + ": " + p.message()));
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.add(p.field().equals("body") ? "The fleet " + p.message()
                    : p.field() + ": " + p.message()));
        } catch (Cancelled e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("customErrors", !errors.isEmpty());
        return page(model);
    }

    private String page(Model model) {
        ReplayReport replay = fleets.replay();
        model.addAttribute("presets", fleets.presets());
        model.addAttribute("assumptions", fleets.assumptions());
        model.addAttribute("sources", fleets.sources());
        model.addAttribute("replay", replay);
        model.addAttribute("replayChart", Chart.json(FleetCharts.replay(replay)));
        model.addAttribute("maxTrials", PAGE_MAX_TRIALS);
        return "risk/fleet";
    }

    private static @Nullable Integer number(@Nullable String text, String field, int fallback, List<String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            errors.add(Character.toUpperCase(field.charAt(0)) + field.substring(1) + ": '" + text
                    + "' is not a whole number.");
            return null;
        }
    }

    private static @Nullable Long parseSeed(String text, List<String> errors) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            errors.add("Seed: '" + text + "' is not a whole number.");
            return null;
        }
    }
}
