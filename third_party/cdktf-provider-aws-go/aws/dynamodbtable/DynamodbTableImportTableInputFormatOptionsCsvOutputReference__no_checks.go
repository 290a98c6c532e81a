// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dynamodbtable

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetDelimiterParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetHeaderListParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetInternalValueParameters(val *DynamodbTableImportTableInputFormatOptionsCsv) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableImportTableInputFormatOptionsCsvOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewDynamodbTableImportTableInputFormatOptionsCsvOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

