package io.github.altibaseportable.sample;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetRepository extends JpaRepository<Pet, Integer> {

    List<Pet> findByBirthDateBetweenOrderByBirthDate(LocalDate from, LocalDate to);
}
