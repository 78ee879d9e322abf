-- What the demo subjects cover, in English and Swedish.
UPDATE case_subject SET description = N'Cold rooms, freezers, chillers and display cases: temperatures, alarms, leaks and ice.',
    description_sv = N'Kylrum, frysar, kylaggregat och kyldiskar: temperaturer, larm, läckor och is.' WHERE id = 1;
UPDATE case_subject SET description = N'Belts, rollers, drives and sensors of the conveyor lines.',
    description_sv = N'Band, rullar, drivningar och givare på transportbanden.' WHERE id = 2;
UPDATE case_subject SET description = N'The control and monitoring software, its users and its reports.',
    description_sv = N'Styr- och övervakningsprogrammen, deras användare och rapporter.' WHERE id = 3;
