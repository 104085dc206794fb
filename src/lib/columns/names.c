/*
 * names.c - uid/gid name cache.
 *
 * A name of 33 bytes or more is shown as the number, as procps does.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/columns/names.h"

#define NAME_MAX_LEN 33
#define HASH_SIZE 256

struct name_ent {
	struct name_ent *next;
	unsigned id;
	char name[NAME_MAX_LEN];
};

static struct name_ent *users[HASH_SIZE], *groups[HASH_SIZE];

static struct name_ent *lookup(struct name_ent **tab, unsigned id, int is_group)
{
	struct name_ent **pp = &tab[id % HASH_SIZE], *e;
	const char *name = NULL;

	for (e = *pp; e; e = e->next)
		if (e->id == id)
			return e;
	e = malloc(sizeof(*e));
	if (!e)
		return NULL;
	if (is_group) {
		struct group *gr = getgrgid(id);

		if (gr)
			name = gr->gr_name;
	} else {
		struct passwd *pw = getpwuid(id);

		if (pw)
			name = pw->pw_name;
	}
	if (name && strlen(name) < NAME_MAX_LEN)
		strcpy(e->name, name);
	else
		snprintf(e->name, sizeof(e->name), "%u", id);
	e->id = id;
	e->next = *pp;
	*pp = e;
	return e;
}

const char *names_user(uid_t uid)
{
	struct name_ent *e = lookup(users, uid, 0);

	return e ? e->name : "?";
}

const char *names_group(gid_t gid)
{
	struct name_ent *e = lookup(groups, gid, 1);

	return e ? e->name : "?";
}
