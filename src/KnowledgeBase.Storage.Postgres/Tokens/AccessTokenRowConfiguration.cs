using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Tokens;

internal sealed class AccessTokenRowConfiguration : IEntityTypeConfiguration<AccessTokenRow>
{
    public void Configure(EntityTypeBuilder<AccessTokenRow> token)
    {
        token.ToTable("access_tokens");
        token.HasKey(t => t.Id);
        token.Property(t => t.Id).UseIdentityByDefaultColumn();
        token.HasIndex(t => t.SecretHash).IsUnique();
        token.HasIndex(t => t.UserId);
    }
}
