package lv.ludza.openup.events;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.events.IndicatorService.Contribution;
import lv.ludza.openup.events.IndicatorService.Progress;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Texts;

/** The output indicators: target against achieved, and for the chosen one by partner, over time and its events. */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorService indicators;

    @Inject
    private CurrentProject currentProject;

    private List<Progress> progress;
    private IndicatorMeasure chosen;
    private Map<String, Long> byPartner = Map.of();
    private Map<YearMonth, Long> overTime = Map.of();
    private List<Contribution> contributions = List.of();

    @PostConstruct
    void init() {
        progress = indicators.progress(currentProject.getId());
        if (!progress.isEmpty()) {
            choose(progress.get(0).indicator().getMeasure());
        }
    }

    public void choose(IndicatorMeasure measure) {
        chosen = measure;
        long projectId = currentProject.getId();
        IndicatorService.Breakdown breakdown = indicators.breakdown(projectId, measure);
        byPartner = breakdown.byPartner();
        overTime = breakdown.overTime();
        contributions = breakdown.contributions();
    }

    /** The chart (Chart.js configuration): the achieved value cumulated month by month against the target. */
    public String getChart() {
        if (chosen == null) {
            return "{}";
        }
        int target = progress.stream().filter(p -> p.indicator().getMeasure() == chosen).findFirst()
                .map(p -> p.indicator().getTarget()).orElse(0);
        String labels = overTime.keySet().stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
        String values = overTime.values().stream().map(String::valueOf).collect(Collectors.joining(","));
        String targets = overTime.keySet().stream().map(m -> String.valueOf(target)).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":" + json(Texts.get("events.indicators.achieved")) + ",\"data\":[" + values
                + "],\"borderColor\":\"#1f6feb\",\"backgroundColor\":\"rgba(31,111,235,.15)\",\"fill\":true,\"tension\":0.2},"
                + "{\"label\":" + json(Texts.get("events.indicators.target")) + ",\"data\":[" + targets
                + "],\"borderColor\":\"#d0a200\",\"borderDash\":[6,4],\"pointRadius\":0}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The chart's figures (month, achieved by then): its text alternative, a table under the chart. */
    public List<Map.Entry<YearMonth, Long>> getOverTime() {
        return List.copyOf(overTime.entrySet());
    }

    /** The target of the chosen indicator, the chart's dashed line. */
    public int getChosenTarget() {
        return progress.stream().filter(p -> p.indicator().getMeasure() == chosen).findFirst()
                .map(p -> p.indicator().getTarget()).orElse(0);
    }

    public List<Progress> getProgress() {
        return progress;
    }

    public IndicatorMeasure getChosen() {
        return chosen;
    }

    public List<Map.Entry<String, Long>> getByPartner() {
        return List.copyOf(byPartner.entrySet());
    }

    public List<Contribution> getContributions() {
        return contributions;
    }
}
