"""Monthly certification (issue 18.5): in the last five working days of each month the head of each unit
certifies that the unit's data is current; the certificate is a PDF listing the month's changes of the unit's
subtree, signed with the unit's certificate (pyHanko), stored in S3; the Department sees who certified."""
