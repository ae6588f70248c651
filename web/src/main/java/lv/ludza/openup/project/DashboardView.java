package lv.ludza.openup.project;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.UserLocale;

/** The home screen: the project at a glance, its partners and money. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;


    @Inject
    private UserLocale userLocale;

    private Project project;

    @PostConstruct
    void init() {
        project = currentProject.load().orElse(null);
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return project.getName().in(userLocale.getLocale());
    }

    public String getProgramme() {
        return project.getProgramme().in(userLocale.getLocale());
    }

    /** The partners' countries, named in the screen's language ("Latvia, Lithuania"). */
    public String getCountries() {
        return project.getPartners().stream().map(Partner::getCountry).distinct().sorted()
                .map(country -> lv.ludza.openup.shared.Texts.get("country." + country))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The part of the total not covered by ERDF: national public and the partners' own money. */
    public Money getOwnContribution() {
        return project.getTotalCost().minus(project.getErdfAmount());
    }
}
