package id.jenjang.employee;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda users (id = NIP) and memberships of the managed groups in line with the master data. Runs in
 * the caller's transaction, so a rejected import leaves no user behind. Reads the current state with one
 * query per group instead of one per employee: a 5,000-line import must take seconds.
 */
@Component
public class IdentitySync {

    /** Groups the import owns; other memberships (camunda-admin, groups made in Admin) are left alone. */
    private static final Set<String> MANAGED = new HashSet<>(Groups.IMPORTABLE_ROLES);

    static {
        MANAGED.add(Groups.PEGAWAI);
    }

    private final IdentityService identityService;

    public IdentitySync(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void sync(Collection<Employee> employees) {
        Map<String, User> users = identityService.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, u -> u));
        Map<String, Set<String>> members = new HashMap<>();
        for (String group : MANAGED) {
            members.put(group, identityService.createUserQuery().memberOfGroup(group).list().stream()
                    .map(User::getId).collect(Collectors.toSet()));
        }
        for (Employee employee : employees) {
            syncUser(employee, users.get(employee.nip()));
            Set<String> wanted = new HashSet<>(employee.peran());
            wanted.add(Groups.PEGAWAI);
            for (String group : MANAGED) {
                boolean member = members.get(group).contains(employee.nip());
                if (wanted.contains(group) && !member) {
                    identityService.createMembership(employee.nip(), group);
                } else if (!wanted.contains(group) && member) {
                    identityService.deleteMembership(employee.nip(), group);
                }
            }
        }
    }

    private void syncUser(Employee employee, User existing) {
        String[] names = splitName(employee.nama());
        if (existing != null && Objects.equals(existing.getFirstName(), names[0])
                && Objects.equals(existing.getLastName(), names[1])
                && Objects.equals(existing.getEmail(), employee.email())) {
            return;
        }
        // imported users get no password: production logins come from the agency's own identity provider or
        // a password set in Admin; only the demo seeder sets one
        User user = existing != null ? existing : identityService.newUser(employee.nip());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(employee.email());
        identityService.saveUser(user);
    }

    /** Camunda shows "first last"; Indonesian names often have no family name, so split at the last space. */
    static String[] splitName(String nama) {
        int space = nama.lastIndexOf(' ');
        return space < 0 ? new String[] {nama, ""} : new String[] {nama.substring(0, space), nama.substring(space + 1)};
    }
}
