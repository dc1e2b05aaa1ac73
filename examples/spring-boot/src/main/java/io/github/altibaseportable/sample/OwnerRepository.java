package io.github.altibaseportable.sample;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OwnerRepository extends JpaRepository<Owner, Integer> {

    Page<Owner> findByNameStartingWith(String prefix, Pageable pageable);

    @Query("select o from Owner o left join fetch o.pets where o.id = :id")
    Optional<Owner> findWithPets(@Param("id") Integer id);
}
