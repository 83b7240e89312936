package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.consortium.agreements.AgreementService;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ContributionService;
import space.consortium.projects.ProjectService;

/** The shipped dataset loads into an empty database of each kind, and loading it again changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class DatasetLoadContract {

    @Autowired DatasetService dataset;
    @Autowired PartnerService partners;
    @Autowired ProjectService projects;
    @Autowired ContributionService contributions;
    @Autowired AgreementService agreements;

    @Test
    void firstStartLoadsEveryRowOfTheShippedFiles() {
        assertThat(partners.count()).isEqualTo(47);
        assertThat(projects.count()).isEqualTo(57);
        assertThat(contributions.all()).hasSize(90);
        assertThat(agreements.get("artemis-accords").parties()).hasSize(61);
        assertThat(projects.shareTables("iss")).hasSize(2);
    }

    @Test
    void importingTheShippedDatasetAgainChangesNothing() {
        long participations = projects.allParticipations().size();
        dataset.importBundled();
        assertThat(partners.count()).isEqualTo(47);
        assertThat(projects.count()).isEqualTo(57);
        assertThat(contributions.all()).hasSize(90);
        assertThat(projects.allParticipations()).hasSize((int) participations);
        assertThat(agreements.get("artemis-accords").parties()).hasSize(61);
    }
}
