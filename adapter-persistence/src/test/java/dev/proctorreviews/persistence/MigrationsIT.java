package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The start-up shortcut knows every migration script, and takes an up-to-date database as it is. */
class MigrationsIT {

    @Test
    void theShortcutListsExactlyTheScriptsInDbMigration() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.map(f -> f.getFileName().toString())
                    .sorted(Comparator.comparingInt(MigrationsIT::version)).toList();
        }

        assertThat(Migrations.SCRIPTS).isEqualTo(scripts);
    }

    @Test
    void anUpToDateDatabaseNeedsNoMigration() {
        assertThat(Migrations.migrate(TestDatabase.dataSource())).isZero();
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
