package io.github.altibaseportable.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic on a live Altibase server: the application as it is, only the URL (and login) taken from
 * {@code ALTIBASE_URL}, {@code ALTIBASE_USER}, {@code ALTIBASE_PASSWORD}. Its start-up runs the PostgreSQL
 * schema and data scripts (dropping and creating OWNER, PET and SEQUENCE in that user's schema). Skipped
 * without {@code ALTIBASE_URL}, unless the system property {@code altibase.live.required} is true. Each test
 * runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
@EnabledIf("serverConfigured")
class ClinicLiveIT {
    @Autowired
    OwnerRepository owners;
    @Autowired
    PetRepository pets;
    @Autowired
    SequenceRepository sequences;

    static boolean serverConfigured() {
        if (System.getenv("ALTIBASE_URL") != null) {
            return true;
        }
        if (Boolean.getBoolean("altibase.live.required")) {
            throw new IllegalStateException("ALTIBASE_URL is not set, and altibase.live.required requires a server");
        }
        return false;
    }

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ALTIBASE_URL"));
        if (System.getenv("ALTIBASE_USER") != null) {
            registry.add("spring.datasource.username", () -> System.getenv("ALTIBASE_USER"));
        }
        if (System.getenv("ALTIBASE_PASSWORD") != null) {
            registry.add("spring.datasource.password", () -> System.getenv("ALTIBASE_PASSWORD"));
        }
    }

    private static List<String> names(List<Owner> list) {
        return list.stream().map(Owner::getName).toList();
    }

    @Test
    void theScriptsRanAndAPageComesBackInOrder() {
        Page<Owner> page = owners.findAll(PageRequest.of(1, 2, Sort.by("name")));
        assertEquals(List.of("George Franklin", "Harold Davis"), names(page.getContent()));
        assertEquals(6, page.getTotalElements());
        assertEquals(3, page.getTotalPages());
    }

    @Test
    void aDerivedQueryPagesToo() {
        Page<Owner> davis = owners.findByNameStartingWith("H", PageRequest.of(0, 5, Sort.by("name")));
        assertEquals(List.of("Harold Davis"), names(davis.getContent()));
    }

    @Test
    void anOwnerComesWithItsPets() {
        Owner eduardo = owners.findAll(Sort.by("name")).get(1);
        assertEquals("Eduardo Rodriquez", eduardo.getName());
        Owner fetched = owners.findWithPets(eduardo.getId()).orElseThrow();
        assertEquals(List.of("Jewel", "Rosy"), fetched.getPets().stream().map(Pet::getName).toList());
    }

    @Test
    void findAllByIdLoadsEachOwner() {
        List<Owner> sorted = owners.findAll(Sort.by("name"));
        List<Integer> ids = List.of(sorted.get(0).getId(), sorted.get(2).getId());
        assertEquals(List.of("Betty Davis", "George Franklin"),
                names(owners.findAllById(ids).stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()));
    }

    @Test
    void datesAreComparedAndKept() {
        List<Pet> born2010 = pets.findByBirthDateBetweenOrderByBirthDate(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31));
        assertEquals(List.of("Jewel", "Leo", "Iggy"), born2010.stream().map(Pet::getName).toList());
        assertEquals(LocalDate.of(2010, 9, 7), born2010.get(1).getBirthDate());

        Owner jean = owners.findByNameStartingWith("Jean", PageRequest.of(0, 1)).getContent().get(0);
        Pet max = pets.saveAndFlush(new Pet("Max", LocalDate.of(2020, 2, 29), jean));
        assertTrue(max.getId() > 5, "a key from the identity after the scripts' five pets: " + max.getId());
        assertEquals(List.of("Max"), pets.findByBirthDateBetweenOrderByBirthDate(LocalDate.of(2020, 2, 29),
                LocalDate.of(2020, 2, 29)).stream().map(Pet::getName).toList());
    }

    @Test
    void anEntityNamedAfterAReservedWordIsReadAndUpdated() {
        Sequence invoice = sequences.findById("invoice").orElseThrow();
        assertEquals(1000, invoice.take());
        sequences.saveAndFlush(invoice);
        sequences.saveAndFlush(new Sequence("order", 1));
        assertEquals(1001, sequences.findById("invoice").orElseThrow().getNextId());
        assertEquals(2, sequences.count());
    }
}
