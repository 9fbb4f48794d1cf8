// Package models has names long enough that the conventions' names are
// shortened.
package models

type AVeryLongTableNameThatGoesOnAndOnForAWhile struct {
	ID                                       int64  `db:"id,pk"`
	AnotherExtremelyLongColumnNameForTesting int64  `db:"another_extremely_long_column_name_for_testing,index,unique"`
	ReferenceToTheOtherTableWithALongName    *int64 `db:"reference_to_the_other_table_with_a_long_name,fk:a_second_table_whose_name_is_also_quite_longs.id"`
}

type ASecondTableWhoseNameIsAlsoQuiteLong struct {
	ID int64 `db:"id,pk"`
}
