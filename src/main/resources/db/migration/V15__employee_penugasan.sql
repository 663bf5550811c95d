-- Study leave and secondment (Peraturan BKN 2/2025: KP reguler is also for PNS on tugas belajar or seconded
-- outside their agency without a leadership post). NULL = serving in a post of their own agency, which is what
-- every row imported before this column means.
ALTER TABLE employee ADD COLUMN penugasan VARCHAR(20);
