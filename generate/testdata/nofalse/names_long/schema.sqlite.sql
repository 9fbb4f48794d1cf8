CREATE TABLE a_second_table_whose_name_is_also_quite_longs (id INTEGER PRIMARY KEY);
CREATE TABLE a_very_long_table_name_that_goes_on_and_on_for_a_whiles (
    id INTEGER PRIMARY KEY,
    another_extremely_long_column_name_for_testing BIGINT NOT NULL UNIQUE,
    reference_to_the_other_table_with_a_long_name BIGINT REFERENCES a_second_table_whose_name_is_also_quite_longs (id)
);
CREATE INDEX ix_a_very_long_table_name_that_goes_on_and_on_for_a_whi_407a
    ON a_very_long_table_name_that_goes_on_and_on_for_a_whiles (another_extremely_long_column_name_for_testing);
